// PostgreSQL text cannot hold U+0000 nor a lone UTF-16 surrogate (JSON may escape one: "\ud800"), so
// either anywhere in the input would fail deep in the driver as a 500. Both are refused up front
// instead, naming the field.
import type { FieldError } from './problem';

/** Depth no contract body comes near; deeper input is refused without walking it all. */
const MAX_DEPTH = 32;

/** The problem with one string, or null when PostgreSQL can store it. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (!text.isWellFormed()) return 'must be well-formed Unicode (no lone surrogates)';
  return null;
}

export function malformedTextFields(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  // Iterative, so hostile nesting cannot exhaust the call stack.
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    const field = path.join('.') || '(body)';
    if (path.length > MAX_DEPTH) return [{ field, message: 'nested too deeply' }];
    if (typeof v === 'string') {
      const message = textProblem(v);
      if (message) errors.push({ field, message });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: [...path, String(i)] }));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const message = textProblem(k);
        if (message) errors.push({ field, message: `field names ${message}` });
        stack.push({ value: item, path: [...path, k] });
      }
    }
  }
  return errors;
}

/** True when the percent-encoded path or query carries a NUL byte. */
export function urlHasNul(url: string): boolean {
  const { pathname, search } = new URL(url);
  return /%00/i.test(pathname + search) || (pathname + search).includes('\u0000');
}
