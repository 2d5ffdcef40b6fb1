import { defineParams } from '@/components/figure/schema';

/** Side of the images (pixels); the SVD of a 256×256 image runs once per image in the worker. */
export const IMAGE_SIZE = 256;
/** Error image colours saturate at ±this (so fading errors stay comparable across k). */
export const ERROR_LIMIT = 0.25;

export const imageCompressParams = defineParams({
  image: {
    type: 'enum',
    label: 'Image',
    options: ['shapes', 'smooth', 'noisy'],
    default: 'shapes',
    description:
      'shapes: sharp edges, a tilted square and the letters SVD; smooth: gradients and soft blobs; noisy: shapes with texture and noise.',
  },
  k: {
    type: 'int',
    label: 'Rank k',
    min: 0,
    max: IMAGE_SIZE,
    default: 16,
    description: 'Singular values kept (0 to 256).',
  },
});
