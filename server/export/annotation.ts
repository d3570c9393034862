// W3C Web Annotation export: one annotation per signal target. The target source is the consolidated
// version on wetten.overheid.nl; the FragmentSelector holds the portal's article anchor, refined by a
// TextQuoteSelector when the target quotes a sentence; a TimeState pins the version date. A target a
// moderator added from a report carries a commenting body saying so (its signal's sources do not name it).
import type { AnnotationCollection, WebAnnotation } from '../../utils/contract/admin';
import type { Signal, SignalTarget } from '../../utils/contract/api';
import type { Target } from '../../utils/contract/identity';
import { catalogFor } from '../../utils/i18n/catalog';
import { reportLink } from '../../utils/i18n/target-certainty';

const PORTAL = 'https://wetten.overheid.nl';

/** The portal's anchor id: division steps then the article (`Hoofdstuk3_Artikel11`), or `Artikel5`. */
export function articleAnchor(target: Target): string | null {
  if (target.label === null) return null;
  const steps = target.path.map((step) => `${step.kind.charAt(0).toUpperCase()}${step.kind.slice(1)}${step.nr}`);
  return [...steps, `Artikel${target.label.replace(/ /g, '')}`].join('_');
}

/** Characters RFC 3986 allows literally in a fragment: unreserved, sub-delims, ":", "@", "/" and "?". */
const FRAGMENT_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;

/** `value` as an RFC 3986 fragment: every other character percent-encoded as UTF-8. */
export function encodeFragment(value: string): string {
  let out = '';
  for (const char of value) {
    out += FRAGMENT_CHAR.test(char) ? char : [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** The id of the whole text of a regulation without articles (`div.tekst#Tekst`). */
const WHOLE_TEXT_ANCHOR = 'Tekst';

/**
 * The anchor of the provision a target names: the lid's own id when it names a lid (the portal gives each lid
 * one: `Hoofdstuk1_Artikel2_Lid3`, verified on real pages), the whole text for a regulation without articles,
 * else the article's.
 */
export function provisionAnchor(target: Target): string | null {
  if (target.kind === 'regulation') return WHOLE_TEXT_ANCHOR;
  const article = articleAnchor(target);
  return article && target.lid ? `${article}_Lid${target.lid}` : article;
}

const DUTCH_LABELS = catalogFor('nl').labels;

export function annotationFor(signal: Signal, target: SignalTarget, index: number, apiBase: string): WebAnnotation {
  const anchor = provisionAnchor(target);
  const linkedBy = reportLink(target, DUTCH_LABELS, 'nl');
  const source = target.versionDate ? `${PORTAL}/${target.bwbId}/${target.versionDate}` : `${PORTAL}/${target.bwbId}`;
  return {
    id: `${apiBase}/v1/signals/${signal.id}#target-${index}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: signal.createdAt,
    modified: signal.updatedAt,
    body: [
      { type: 'TextualBody', purpose: 'describing', value: `${signal.title}\n\n${signal.summary}`, format: 'text/plain', language: 'nl' },
      { type: 'TextualBody', purpose: 'tagging', value: signal.status, format: 'text/plain', language: 'nl' },
      { type: 'SpecificResource', purpose: 'classifying', source: `${apiBase}/v1/signals/${signal.id}` },
      ...(linkedBy ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: linkedBy, format: 'text/plain' as const, language: 'nl' as const }] : []),
    ],
    target: {
      type: 'SpecificResource',
      source,
      ...(anchor
        ? {
            selector: {
              type: 'FragmentSelector' as const,
              conformsTo: 'http://tools.ietf.org/rfc/rfc3986' as const,
              value: encodeFragment(anchor),
              ...(target.quote
                ? {
                    refinedBy: {
                      type: 'TextQuoteSelector' as const,
                      exact: target.quote.exact,
                      prefix: target.quote.prefix,
                      suffix: target.quote.suffix,
                    },
                  }
                : {}),
            },
          }
        : {}),
      ...(target.versionDate ? { state: { type: 'TimeState' as const, sourceDate: `${target.versionDate}T00:00:00Z` } } : {}),
    },
  };
}

export function signalsToAnnotations(signals: Signal[], apiBase: string): AnnotationCollection {
  const items = signals.flatMap((s) => s.targets.map((t, i) => annotationFor(s, t, i, apiBase)));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${apiBase}/v1/export?format=annotation`,
    type: 'AnnotationCollection',
    label: 'Wetsignaal: bekende hardheden per wetsartikel',
    total: items.length,
    first: { id: `${apiBase}/v1/export?format=annotation#page0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
