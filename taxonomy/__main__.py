"""``python -m taxonomy [FILE ...]``: validate a taxonomy and print its stats."""

import json
import sys

from taxonomy import Taxonomy, validate


def main(argv: list[str]) -> int:
    taxonomy = Taxonomy.load(*argv) if argv else Taxonomy.default()
    problems = validate(taxonomy)
    for problem in problems:
        print(problem)
    print(json.dumps(taxonomy.stats(), indent=2))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
