// Every schema in Primed is built from this module, never from 'zod' directly.
// zod probes `new Function` on first use, which the extension's content
// security policy forbids; turning the JIT off before any schema exists keeps
// the CSP report out of every page and the worker. We use zod's "mini" build
// for the popup's size budget (see wxt.config.ts).
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
