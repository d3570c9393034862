// fast-check arbitraries derived from the contract's zod schemas: every field keeps its place in the
// body, and each value is either a valid one (from an example body) or something hostile: lone
// surrogates, NUL and other control characters, bidi and zero-width characters, injections, huge and
// astral text, wrong types. Bodies stay close enough to valid that the deep paths are reached.
import fc from 'fast-check';
import type { z } from 'zod';

const HOSTILE_STRINGS = [
  '\ud800', '\udfff', 'a\ud83d', '\u0000', 'x\u0000y', '\u202e', '\u200b\u200d\ufeff', '\uffff', '\u0085\u2028\u2029',
  "' OR '1'='1", "'; DROP TABLE submissions; --", '</script><script>alert(1)</script>', '<!--', '${jndi:ldap://x}', '{{7*7}}',
  '%00', '%ED%A0%80', '../../etc/passwd', '=HYPERLINK("x")', '0000-01-01', '2024-02-30', '9999-12-31', '1799-12-31',
  'BWBR0005537\u0000', 'BWBR０００５５３７', 'jci1.3:c:BWBR0005537&artikel=Jansen', 'A'.repeat(70_000),
  '𝕏'.repeat(300), 'e\u0301'.repeat(300), ' ', '',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
/** Weight of keeping a leaf valid: with about 25 leaves a body has two or three hostile ones on average, so some whole bodies get through. */
const KEEP = 40;
const wrongType = fc.constantFrom<unknown>(null, true, 0, -1, 1e308, [], {}, [[]], { $gt: '' }, 'x');

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; entries?: Record<string, string>; values?: unknown[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** An arbitrary of `schema`'s shape around `example`: each leaf mostly valid, sometimes hostile. */
export function hostileFrom(schema: z.ZodType, example: unknown): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const keep = fc.constant(example);
  switch (def.type) {
    case 'object': {
      const shape = def.shape!;
      const value = (example ?? {}) as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, hostileFrom(field, value[key])]));
      // Sometimes a field the contract does not know.
      return fc.tuple(fc.record(fields), fc.oneof({ weight: KEEP, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', '\ud800', 'extra'), wrongType) })).map(([record, extra]) =>
        extra ? { ...record, [extra[0]]: extra[1] } : record,
      );
    }
    case 'default':
    case 'optional':
    case 'nullable':
    case 'readonly':
      return example === undefined || example === null ? fc.oneof({ weight: 4, arbitrary: keep }, { weight: 1, arbitrary: hostileFrom(def.innerType!, undefined) }) : hostileFrom(def.innerType!, example);
    case 'pipe':
      return hostileFrom(def.in!, example);
    case 'array': {
      const items = Array.isArray(example) ? example : [];
      return fc.oneof({ weight: KEEP, arbitrary: fc.tuple(...items.map((item) => hostileFrom(def.element!, item))) }, { weight: 2, arbitrary: fc.array(hostileFrom(def.element!, items[0]), { maxLength: 15 }) }, { weight: 1, arbitrary: wrongType });
    }
    case 'string':
      return fc.oneof({ weight: KEEP, arbitrary: keep }, { weight: 2, arbitrary: hostileString }, { weight: 2, arbitrary: typeof example === 'string' ? hostileString.map((h) => `${example} ${h}`) : hostileString }, { weight: 1, arbitrary: wrongType });
    case 'enum':
      return fc.oneof({ weight: KEEP, arbitrary: fc.constantFrom(...Object.values(def.entries!)) }, { weight: 1, arbitrary: hostileString });
    case 'literal':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...def.values!) }, { weight: 1, arbitrary: hostileString });
    case 'boolean':
      return fc.oneof({ weight: KEEP, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrongType });
    case 'number':
      return fc.oneof({ weight: KEEP, arbitrary: keep }, { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), wrongType) });
    default:
      return fc.oneof({ weight: 3, arbitrary: keep }, { weight: 1, arbitrary: wrongType });
  }
}
