"""``python -m bench``: one table of extraction accuracy, ranking quality and speed.

The thread limits are set before numpy (or anything that loads a BLAS) is
imported, so every timing is single-threaded: one core.
"""

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
              "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from bench.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
