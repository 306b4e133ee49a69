// What every block renderer receives: its own block, typed by kind, and what
// the runner shares with all of them.
import type { VNode } from 'preact';
import type { FlowBlock, FlowFields } from '@/lib/exercises/types';
import type { Db } from '@/lib/store/db';

type BlockKind = FlowBlock['kind'];
export type BlockOf<K extends BlockKind> = Extract<FlowBlock, { kind: K }>;

export interface BlockContext {
  fields: FlowFields;
  set: (field: string, value: FlowFields[string]) => void;
  wins: readonly string[];
  values: readonly string[];
  rerank: (field: string, next: string[]) => void;
  /** In the popup: shorter text areas. */
  compact: boolean;
  eventKey: string | undefined;
  db: Db;
}

export type BlockProps<B extends FlowBlock> = BlockContext & { block: B };

type BlockRenderer<K extends BlockKind> = (props: BlockProps<BlockOf<K>>) => VNode | null;

/** One renderer per kind: a kind added to FlowBlock without one here does not compile. */
export type BlockRenderers = { [K in BlockKind]: BlockRenderer<K> };
