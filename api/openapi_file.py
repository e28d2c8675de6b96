"""Print the OpenAPI document of the app as `create_app()` builds it (`make schema`).

Apart from `api.openapi` so that the document's builder need not import the app that
serves it (the app imports the builder for its /openapi.json route).
"""

import json
import sys

from api.app import create_app
from api.openapi import document, served_operations


def main() -> None:
    json.dump(document(served_operations(create_app().routes)), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
