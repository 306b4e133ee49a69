// Sending and listening for the messages of lib/messages.ts: the one place
// that talks to runtime messaging, so both ends validate the same way.
import { browser, type Browser } from 'wxt/browser';
import { Envelope, messageMap, type MessageType, type RequestOf, type ResponseOf } from '../messages';
import { z } from '../zod';

/** Sends a request that a handler must answer, and validates the answer. */
export async function request<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return messageMap[type].response.parse(reply) as ResponseOf<K>;
}

/** Tells every other open extension context; fine when nobody is listening. */
export async function notify<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type, payload });
  } catch {
    // No other page is open to hear it; that is the normal case.
  }
}

export type Handlers = {
  [K in MessageType]?: (
    payload: RequestOf<K>,
    sender: Browser.runtime.MessageSender,
  ) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/** Registers handlers for some messages; others are left to other listeners. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return undefined;
    const type = envelope.data.type;
    const handler = handlers[type] as
      | ((payload: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    const payload = messageMap[type].request.safeParse(envelope.data.payload);
    if (!payload.success) {
      return Promise.reject(new Error(`Malformed ${type} message: ${z.prettifyError(payload.error)}`));
    }
    return Promise.resolve(handler(payload.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
