// The one reader of the build plan on the Astro side (src/io/plan.ts).
import { readPlan } from '../io/plan.ts';

export const plan = readPlan();
