# Needlepoint: the two commands are `make run` and `make test`. Both install missing Debian
# packages first (as root; otherwise they print the apt-get command to run).
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
CTEST_JOBS ?= 2

.PHONY: all deps test-deps bench-deps configure build run test bench soak format check-format release clean web

all: build

deps:
	@tools/deps.sh build

# The test and bench packages come after the build ones (apt-get holds one lock at a time).
test-deps: deps
	@tools/deps.sh test

bench-deps: deps
	@tools/deps.sh bench

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

# The server alone: the test programs are built (and listed) by `make test`.
run: configure
	cmake --build $(BUILD) --target needlepoint
	@tools/run.sh $(BUILD)

test: test-deps configure
	cmake --build $(BUILD)
	ctest --test-dir $(BUILD) --output-on-failure -j $(CTEST_JOBS)

# The web app: rebuild web/dist from web/src (needs Node and npm; commit the result).
web:
	@tools/web.sh build

bench: bench-deps configure
	cmake --build $(BUILD)
	@tools/bench.sh $(BUILD)

# The long crash and race runs: ten times the kills and bookings of the default suite.
soak: test-deps configure
	cmake --build $(BUILD)
	NP_SOAK=10 ctest --test-dir $(BUILD) --output-on-failure -j 1 \
	  -R 'postgres_cluster|CrashTest|ConcurrencyTest'

format:
	clang-format -i $$(git ls-files '*.h' '*.cc')

# CI: every tracked C++ file as .clang-format has it.
check-format:
	clang-format --dry-run -Werror $$(git ls-files '*.h' '*.cc')

# CI: the optimised build a user or packager makes (the test build is RelWithDebInfo).
release: deps
	cmake -S . -B $(BUILD)-release -G Ninja -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD)-release

clean:
	rm -rf $(BUILD) $(BUILD)-release
