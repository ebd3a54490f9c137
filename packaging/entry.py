"""Entry point of the frozen bundle (PyInstaller runs this file as __main__).

``--self-test`` is handled here, before the app module is imported, so a bundle whose window
code cannot even be imported still prints its self-test report.
"""

import sys

if __name__ == "__main__":
    if "--self-test" in sys.argv[1:]:
        from vtex_invoice_gui.ui.runtime.selftest import run_self_test

        sys.exit(run_self_test(sys.argv[1:]))

    from vtex_invoice_gui.app import main

    sys.exit(main())
