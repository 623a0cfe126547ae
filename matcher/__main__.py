from matcher.cli import main

main(prog_name="matcher")
