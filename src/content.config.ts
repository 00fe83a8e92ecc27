import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/paths.ts';
import { orgSchema } from './schemas/org.ts';
import { reportSchema } from './schemas/report.ts';

// The build validates the whole tree with `loadContent` first (cross-file rules, friendly
// messages); these collections then parse the same files with the same schemas.
const dir = contentDir();

export const collections = {
  orgs: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${dir}/orgs` }),
    schema: orgSchema,
  }),
  reports: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${dir}/reports` }),
    schema: reportSchema,
  }),
};
