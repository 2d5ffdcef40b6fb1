import { defineParams } from '@/components/figure/schema';
import { IMAGE_SCENES } from '@/lib/images';

/** Side of the images (pixels); the SVD of a 256×256 image runs once per image in the worker. */
export const IMAGE_SIZE = 256;
/** Error image colours saturate at ±this (so fading errors stay comparable across k). */
export const ERROR_LIMIT = 0.25;

export const imageCompressParams = defineParams({
  image: {
    type: 'enum',
    label: 'Image',
    options: IMAGE_SCENES,
    optionLabels: {
      shapes: 'Shapes and text (sharp edges)',
      smooth: 'Smooth gradients',
      noisy: 'Shapes with texture and noise',
    },
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
