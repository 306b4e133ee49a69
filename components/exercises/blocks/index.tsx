// Every kind of block an exercise can contain, each drawn by its own file.
// The map's type lists every kind of FlowBlock, so a new kind needs a
// renderer here before anything compiles.
import type { FlowBlock } from '@/lib/exercises/types';
import { AskBlock } from './AskBlock';
import { ChoicesBlock } from './ChoicesBlock';
import { EarlierBlock } from './EarlierBlock';
import { EmotionsBlock } from './EmotionsBlock';
import { PercentBlock } from './PercentBlock';
import { RankBlock } from './RankBlock';
import { RatingBlock } from './RatingBlock';
import { ReadBlock } from './ReadBlock';
import { RecallBlock } from './RecallBlock';
import { RequestBlock, SupportersBlock } from './ReachOutBlocks';
import { TextBlock } from './TextBlock';
import { TimerBlock } from './TimerBlock';
import type { BlockContext, BlockProps, BlockRenderers } from './types';
import { WinsBlock } from './WinsBlock';

export type { BlockContext } from './types';

const blockRenderers: BlockRenderers = {
  rating: RatingBlock,
  text: TextBlock,
  choices: ChoicesBlock,
  percent: PercentBlock,
  wins: WinsBlock,
  rank: RankBlock,
  earlier: EarlierBlock,
  recall: RecallBlock,
  timer: TimerBlock,
  read: ReadBlock,
  emotions: EmotionsBlock,
  ask: AskBlock,
  supporters: SupportersBlock,
  request: RequestBlock,
};

/** Any block, drawn by the renderer of its kind. */
export function Block(props: BlockContext & { block: FlowBlock }) {
  // TypeScript cannot tie the looked-up renderer to the narrowed block (the
  // two unions are not correlated), but the map's type guarantees that the
  // renderer for `block.kind` takes exactly that kind of block.
  const Render = blockRenderers[props.block.kind] as (p: BlockProps<FlowBlock>) => ReturnType<BlockRenderers['text']>;
  return <Render {...props} />;
}
