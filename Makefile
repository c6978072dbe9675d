# The two commands of the README:
#   make run   install dependencies, build, create a demo bureau on SQLite, serve it
#   make test  install dependencies, build (release + ASan/UBSan), run every test
.PHONY: all deps build build-asan web run test clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	@bash scripts/build.sh release

build-asan: deps
	@bash scripts/build.sh asan

web: deps
	@if [ -f web/package.json ]; then bash scripts/build-web.sh; fi

# Running needs the server and the web front end only: no test or benchmark target.
run: deps web
	@bash scripts/build.sh release qingfeng
	@bash scripts/run-demo.sh

test:
	@bash scripts/test.sh

clean:
	rm -rf build build-asan web/dist web/dist-public
