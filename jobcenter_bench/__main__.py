from jobcenter_bench.cli import main

raise SystemExit(main())
