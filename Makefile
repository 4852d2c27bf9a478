# The two commands. Everything else is in scripts/.
.PHONY: demo test
demo:
	bash scripts/demo.sh
test:
	bash scripts/test.sh
