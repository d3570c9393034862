// RFC 9457 problem responses (contract Problem), and zod issues turned into per-field messages.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { Problem } from '../../utils/contract/api';
import { embeddableJson } from './embeddable-json';

export type FieldError = { field: string; message: string };

// URNs, so no problem type pretends to be a page that can be fetched.
const TYPE_BASE = 'urn:wetsignaal:problem:';

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  extra: { detail?: string; errors?: FieldError[]; type?: string; headers?: Record<string, string> } = {},
): Response {
  const body = Problem.parse({
    type: extra.type ? TYPE_BASE + extra.type : 'about:blank',
    title,
    status,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  });
  return c.body(embeddableJson(body), status, { 'Content-Type': 'application/problem+json', ...extra.headers });
}

/** One entry per bad field, named by its path (`target.label`); unknown keys are named one by one. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ field: path ? `${path}.${key}` : key, message: 'unknown field' });
      continue;
    }
    out.push({ field: path || '(body)', message: issue.message });
  }
  return out;
}

export function validationProblem(c: Context, errors: FieldError[], status: 400 | 422 = 422): Response {
  const names = [...new Set(errors.map((e) => e.field))].join(', ');
  return problem(c, status, status === 422 ? 'Invalid request body' : 'Invalid request', {
    type: 'validation',
    detail: `Check these fields: ${names}`,
    errors,
  });
}
