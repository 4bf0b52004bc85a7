/*
 * The book's search: ranking and snippets (Sphinx's `html_search_scorer`, _config.yml).
 *
 * Sphinx copies this file into _static/language_data.js, which the search page loads
 * after searchtools.js, so it can both replace the Scorer and wrap Search.htmlToText.
 * It lives in _static so that every copy of the book's tree (tests, scratch projects)
 * has it; the copy served as _static/search.js is loaded by no page.
 *
 * Ranking: the chapters say what the numbers mean; the appendix (every figure in a
 * table) and the annotated report text match almost any word. They come after every
 * chapter: their score drops by APPENDIX_PENALTY, more than any match can score.
 * The page names are the chapter registry's (book/plan.py: the "90-appendix" stem, and
 * ANNOTATED = "report" in book/pages.py); tests/test_search.py checks that they agree.
 *
 * Snippets: Sphinx shows 240 characters of the page's text around the first word
 * found, taking the text of the whole <main> element: the page's buttons and table
 * of contents, the code of every cell, and tables whose cells run together
 * ("地区生产总值804.2亿元"). Here the snippet is read from the article only, without
 * code, permalinks, the "How this page was made" block or exercise solutions, with a
 * space after every block so that paragraphs do not run together. Tables come last,
 * each row as "cell · cell": a word that only a table holds still gets a readable line.
 */

const APPENDIX_PENALTY = 1000;
const APPENDIX_PAGES = /(^|\/)(90-appendix|report)$/;

var Scorer = {
  score: (result) => {
    const [docname, , , , score] = result;
    return APPENDIX_PAGES.test(docname) ? score - APPENDIX_PENALTY : score;
  },
  // Sphinx's defaults (searchtools.js, Sphinx 7.4) for everything else.
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};

const SNIPPET_NOISE = [
  ".headerlink", "script", "style", "button", "nav", ".cell_input", "pre", ".highlight",
  ".admonition.dropdown", ".wr-figlist", ".toggle-details",
];
const SNIPPET_BLOCKS = "p, li, dt, dd, h1, h2, h3, h4, h5, h6, figcaption, caption, div, section";

const snippetText = (htmlString, anchor) => {
  const doc = new DOMParser().parseFromString(htmlString, "text/html");
  const main = doc.querySelector('[role="main"] article') || doc.querySelector('[role="main"]');
  if (!main) return "";
  let root = main;
  if (anchor) {
    try {
      root = main.querySelector(anchor) || main;
    } catch (e) {
      root = main; // an anchor that is no CSS selector: the whole page
    }
  }
  SNIPPET_NOISE.forEach((q) => root.querySelectorAll(q).forEach((el) => el.remove()));
  const rows = [];
  root.querySelectorAll("table").forEach((table) => {
    table.querySelectorAll("tr").forEach((tr) => {
      const cells = [...tr.cells].map((c) => c.textContent.replace(/\s+/g, " ").trim());
      if (cells.some(Boolean)) rows.push(cells.filter(Boolean).join(" · "));
    });
    table.remove();
  });
  root.querySelectorAll(SNIPPET_BLOCKS).forEach((el) => el.append(" "));
  const prose = root.textContent.replace(/\s+/g, " ").trim();
  return rows.length ? `${prose} … ${rows.join(" | ")}` : prose;
};

const patchSearchSnippets = () => {
  if (typeof Search === "undefined" || Search.wrSnippets) return;
  Search.wrSnippets = true;
  Search.htmlToText = snippetText;
};

if (typeof Search !== "undefined") patchSearchSnippets();
else document.addEventListener("DOMContentLoaded", patchSearchSnippets);
