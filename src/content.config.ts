import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Chapters live in content/<lang>/<slug>.mdx; the same slug in both languages is one chapter. */
const chapters = defineCollection({
  loader: glob({ pattern: '{en,ko}/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int().positive(),
    promise: z.string(),
  }),
});

export const collections = { chapters };
