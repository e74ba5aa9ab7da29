// Threads that cannot be started, and exceptions of any type in a worker: the work is done
// by the threads that run, the error reaches the caller, nothing waits forever and nothing
// calls std::terminate (src/core/worker_threads.hpp). Run under ThreadSanitizer by
// scripts/test-threads.sh, with the other [threads] tests.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "core/worker_threads.hpp"
#include "eligo/program.hpp"
#include "eligo/synth.hpp"
#include "synth/parallel.hpp"

using namespace eligo;

namespace {

// How many more threads the test's starter lets start; after that, it fails as std::thread
// does when the system has no thread left.
std::atomic<int> starts_left{0};

std::thread start_while_allowed(std::function<void()> body) {
  if (starts_left.fetch_sub(1) <= 0)
    throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again),
                            "no thread left (test)");
  return std::thread(std::move(body));
}

struct SharedWork {
  std::atomic<int> next{0};
  std::atomic<int> done{0};
  std::mutex lock;
  std::set<std::thread::id> workers;

  void operator()() {
    {
      const std::lock_guard guard(lock);
      workers.insert(std::this_thread::get_id());
    }
    while (next++ < 1000) ++done;
  }
};

std::string text_of_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("threads that cannot be started leave their share to the threads that run", "[threads]") {
  const detail::ThreadStarterOverride starter(&start_while_allowed);
  for (const int allowed : {0, 1, 2}) {
    starts_left = allowed;
    SharedWork work;
    detail::run_on_threads(4, [&work] { work(); });
    INFO("threads allowed to start: " << allowed);
    CHECK(work.done == 1000);
    CHECK(work.workers.size() == static_cast<std::size_t>(allowed) + 1);
    CHECK(work.workers.count(std::this_thread::get_id()) == 1);
  }
}

TEST_CASE("an exception of any type escaping a worker thread is thrown again in the caller", "[threads]") {
  std::atomic<int> calls{0};
  const auto throw_on_other_threads = [&] {
    if (calls++ == 0) return;  // one call returns, the others throw: one of them runs on a started thread
    throw 42;
  };
  CHECK_THROWS_AS(detail::run_on_threads(3, throw_on_other_threads), int);
  CHECK(calls == 3);

  std::vector<synth::Task> tasks;
  std::atomic<int> ran{0};
  for (int task = 0; task < 12; ++task)
    tasks.push_back([task, &ran] {
      ++ran;
      if (task == 5) throw std::runtime_error("task 5 failed");
      if (task == 7) throw 7;
    });
  // Every task runs; the first failure in the order of the tasks is the one thrown.
  CHECK_THROWS_WITH(synth::run_tasks(tasks, 3), "task 5 failed");
  CHECK(ran == 12);
}

TEST_CASE("a synthetic population is generated and evaluated when threads cannot be started", "[synth][threads]") {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("eligo_no_thread_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  const RulePack pack = load_pack(std::string(ELIGO_RULES_DIR) + "/fr");
  const Program program = Program::compile(pack);
  SynthOptions options;
  options.households = 600;
  options.seed = 4;
  options.threads = 1;
  write_synthetic_population(pack, synthesize(program, options), folder / "one");
  {
    const detail::ThreadStarterOverride starter(&start_while_allowed);
    starts_left = 1;  // asked for three threads, the generation gets two, the evaluations one
    options.threads = 3;
    write_synthetic_population(pack, synthesize(program, options), folder / "starved");
  }
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder / "one")) {
    INFO(entry.path().filename().string());
    CHECK(text_of_file(folder / "starved" / entry.path().filename()) == text_of_file(entry.path()));
    ++files;
  }
  CHECK(files == 8);  // the seven tables and their manifest
  std::filesystem::remove_all(folder);
}
