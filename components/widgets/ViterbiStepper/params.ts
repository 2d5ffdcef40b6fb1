import { defineParams } from '@/components/figure/schema';

export const viterbiStepperParams = defineParams({
  preset: {
    type: 'enum',
    label: 'Lattice',
    options: ['dianshi', 'yanfa', 'sugan', 'random'],
    optionLabels: {
      dianshi: '电视 (the post’s numbers)',
      yanfa: '研发图像 (made-up numbers)',
      sugan: '速干衣服 (made-up numbers)',
      random: 'Seeded random lattice',
    },
    default: 'yanfa',
    description:
      'dianshi: the post’s 电视 numbers; yanfa, sugan: four-character phrases built from the post’s corrections (研友→研发, 围像→图像, 速于→速干) with made-up numbers; random: a seeded random lattice of n positions with l candidates.',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 99_999,
    default: 1,
    description: 'Draws the random lattice.',
  },
  n: {
    type: 'int',
    label: 'Positions n',
    min: 2,
    max: 12,
    default: 6,
    description: 'Random lattice length.',
  },
  l: {
    type: 'int',
    label: 'Candidates l',
    min: 1,
    max: 5,
    default: 3,
    description: 'Candidates per position of the random lattice.',
  },
  step: {
    type: 'int',
    label: 'Viterbi steps',
    min: 0,
    max: 24,
    default: 0,
    description: 'Steps 1..n fill the DP columns, n+1..2n trace the best path back (clamped to 2n).',
  },
});
