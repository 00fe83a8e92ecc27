import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { absoluteUrl } from '../../data/href.ts';
import { routes } from '../../lib/routes.ts';
import { reportDataSchema } from '../../schemas/data.ts';

/** The JSON Schema of `/data/<org>/<year>.json`, generated from the zod schemas, never by hand. */
export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(reportDataSchema, { io: 'output', unrepresentable: 'any' }),
    $id: absoluteUrl(routes.schemaJson(), site),
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
