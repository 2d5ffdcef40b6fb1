'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { ocrLanguageModelWidgets } from './ocr-language-model.widgets';

/** The OCR article's widget table (its prose has no live numbers): a client module of its own. */
export default function OcrLanguageModelProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider widgets={ocrLanguageModelWidgets}>{children}</ArticleProvider>;
}
