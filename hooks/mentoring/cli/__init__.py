"""The `mentoring` command, one module per subcommand; main.py parses the arguments."""
