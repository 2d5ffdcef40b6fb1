import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/ocr-language-model.mdx';
import Provider from '@/content/ocr-language-model.provider';

export const metadata = articleMetadata('ocr-language-model');

export default function OcrLanguageModelPage() {
  return <ArticlePage slug="ocr-language-model" Content={Content} Provider={Provider} />;
}
