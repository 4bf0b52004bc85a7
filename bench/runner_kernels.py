"""Time N copies of a realistic notebook: fresh kernel per notebook vs warm-kernel ``execute``.

    python bench/runner_kernels.py [-n 8] [--kernel workreport]

(a) plain papermill, one fresh kernel per notebook, one after another (what a naive build
does); (b) ``workreport.runner.execute`` with 2 warm kernels; (c) the same with 1 warm
kernel, to separate the warm-kernel gain from the parallel one.  The notebook imports
pandas, matplotlib and jieba, cuts a sentence and draws a bar chart, like the book's.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
import time
from pathlib import Path

import nbformat
import papermill
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from workreport.runner import Job, execute

CELLS = [
    "import logging\n\nimport jieba\nimport matplotlib.pyplot as plt\nimport pandas as pd\n\n"
    "jieba.setLogLevel(logging.WARNING)",
    "words = jieba.lcut(text)\n"
    "counts = pd.Series([w for w in words if len(w) > 1]).value_counts().head(8)\n"
    "counts.to_frame('n')",
    "fig, ax = plt.subplots(figsize=(5, 2.5))\n"
    "ax.bar(range(len(counts)), counts.to_numpy())\n"
    "ax.set_title(f'copy {copy}')\nplt.show()",
]
TEXT = ("过去一年，全区地区生产总值增长百分之八点五，城镇居民人均可支配收入增长百分之九，"
        "新增城镇就业一万二千人，完成固定资产投资一百亿元，经济社会发展取得新成绩。")


def template(path: Path) -> Path:
    """The benchmark notebook, with a ``parameters`` cell like the book's templates."""
    params = new_code_cell("copy = 0\ntext = ''")
    params.metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=[new_markdown_cell("# bench"), params,
                             *(new_code_cell(c) for c in CELLS)],
                      metadata={"kernelspec": {"name": "python3", "language": "python",
                                               "display_name": "Python 3"}})
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"bench-{i}"
    nbformat.write(nb, path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=8, help="notebook copies (default 8)")
    parser.add_argument("--kernel", default="workreport")
    args = parser.parse_args()
    logging.getLogger("papermill").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = template(root / "bench.ipynb")
        params = [{"copy": i, "text": TEXT} for i in range(args.n)]

        t0 = time.perf_counter()
        for i, p in enumerate(params):
            papermill.execute_notebook(src, root / f"fresh-{i}.ipynb", parameters=p,
                                       kernel_name=args.kernel, progress_bar=False, cwd=root)
        fresh = time.perf_counter() - t0

        results = {}
        for workers in (2, 1):
            jobs = [Job(src, root / f"warm{workers}" / f"{i}.ipynb", p)
                    for i, p in enumerate(params)]
            summary = execute(jobs, workers=workers, kernel=args.kernel, cwd=root,
                              state=root / f".state{workers}/state.json", progress=False)
            assert len(summary.ran) == args.n
            results[workers] = summary.seconds

    print(f"{args.n} notebooks (pandas + matplotlib + jieba), kernel {args.kernel!r}")
    print(f"  (a) papermill, fresh kernel each : {fresh:6.2f} s   1.00x")
    for workers, label in ((2, "(b) execute, 2 warm kernels     "),
                           (1, "(c) execute, 1 warm kernel      ")):
        print(f"  {label}: {results[workers]:6.2f} s   {results[workers] / fresh:.2f}x")


if __name__ == "__main__":
    main()
