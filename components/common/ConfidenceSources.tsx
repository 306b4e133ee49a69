import { confidenceSources, expectationText } from '@/lib/exercises/confidence-sources';
import { flowById } from '../exercises/registry';
import './confidence-sources.css';

/**
 * What self-efficacy is and how Primed builds it, shown on the welcome page
 * and in the settings. `headingLevel` fits it into either page's outline.
 */
export function ConfidenceSources({ id, headingLevel }: { id: string; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="confidence-sources">
      <Heading id={`${id}-heading`}>How confidence grows</Heading>
      <p>
        Psychologists call it self-efficacy: your belief that you can handle a particular kind of situation. Albert Bandura found
        that it comes from four sources, and Primed’s exercises are built around them.
      </p>
      <ul class="source-list">
        {confidenceSources.map((source) => {
          const inPrimed = [...source.flowIds.map((flowId) => flowById(flowId)?.title ?? flowId), ...source.features];
          return (
            <li key={source.id} class="card">
              <Sub>{source.name}</Sub>
              <p>{source.explanation}</p>
              {inPrimed.length > 0 && (
                <p class="muted">
                  <span>In Primed: </span>
                  {inPrimed.join(' · ')}
                </p>
              )}
              {source.tip && <p class="muted">{source.tip}</p>}
            </li>
          );
        })}
      </ul>
      <p>{expectationText}</p>
    </section>
  );
}
