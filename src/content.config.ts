import { defineCollection } from 'astro:content';
import { contentLoader } from './data/loader.ts';
import { contentDir } from './io/paths.ts';

// Every collection is read through the project's own loader, which validates the whole tree with
// `loadContent` (the same check as `npm run validate`); the schemas live with the loader, so no
// second parser or validation runs.
const dir = contentDir();

export const collections = {
  orgs: defineCollection({ loader: contentLoader('orgs', dir) }),
  reports: defineCollection({ loader: contentLoader('reports', dir) }),
  outlines: defineCollection({ loader: contentLoader('outlines', dir) }),
  validation: defineCollection({ loader: contentLoader('validation', dir) }),
};
