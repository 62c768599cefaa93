// goterp test: runs Go programs and compares what they print with the
// `// Output:` comment block that ends them (the convention of Go's
// testable examples: the block is the file's last comment, and both sides
// are compared with leading and trailing white space trimmed).
//
// Each program runs in its own `goterp run` process, so that os.Exit, a
// fatal error or a crash of the interpreter fails one test, not the run;
// up to one process per CPU runs at a time. A program without an Output
// block is not a test and is skipped.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "cmd/commands.h"
#include "interp/source.h"

extern char **environ;

namespace goterp {

namespace {

struct Test {
  std::string path;
  std::string want;
  // results
  bool pass = false;
  std::string why;
};

std::string trimSpace(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> splitLines(const std::string &s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) {
      out.push_back(s.substr(start));
      break;
    }
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// The expected output of a program, or false if it has no Output block: the
// last `// Output:` line after which only // comments and blank lines follow.
bool outputBlock(const std::string &src, std::string &want) {
  std::vector<std::string> lines = splitLines(src);
  size_t i = lines.size();
  std::vector<std::string> block;
  while (i > 0) {
    std::string l = lines[i - 1];
    size_t b = l.find_first_not_of(" \t\r");
    if (b == std::string::npos) {
      i--;
      continue;
    }
    l = l.substr(b);
    if (l.compare(0, 2, "//") != 0) return false;
    std::string body = l.substr(2);
    if (!body.empty() && body[0] == ' ') body = body.substr(1);
    if (trimSpace(body) == "Output:") {
      std::string w;
      for (auto it = block.rbegin(); it != block.rend(); ++it) w += *it + "\n";
      want = w;
      return true;
    }
    block.push_back(body);
    i--;
  }
  return false;
}

std::string readAll(int fd) {
  std::string out;
  char buf[65536];
  lseek(fd, 0, SEEK_SET);
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  return out;
}

int tempFile() {
  char name[] = "/tmp/goterp-test-XXXXXX";
  int fd = mkstemp(name);
  if (fd >= 0) unlink(name);
  return fd;
}

// Runs `self run path` and fills in the test's result.
void runTest(Test &t, const char *self, int timeoutSec) {
  int out = tempFile(), err = tempFile();
  int in = open("/dev/null", O_RDONLY);
  if (out < 0 || err < 0 || in < 0) {
    t.why = "cannot create temporary files";
    return;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in, 0);
  posix_spawn_file_actions_adddup2(&fa, out, 1);
  posix_spawn_file_actions_adddup2(&fa, err, 2);
  std::string run = "run";
  char *argv[] = {const_cast<char *>(self), run.data(), t.path.data(), nullptr};
  pid_t pid;
  int rc = posix_spawn(&pid, self, &fa, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(in);
  if (rc != 0) {
    t.why = std::string("cannot start goterp: ") + std::strerror(rc);
    close(out);
    close(err);
    return;
  }
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSec);
  bool timedOut = false;
  for (;;) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      timedOut = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  std::string got = readAll(out), stderrText = readAll(err);
  close(out);
  close(err);
  auto firstLine = [](const std::string &s) {
    std::string l = trimSpace(s);
    size_t nl = l.find('\n');
    return nl == std::string::npos ? l : l.substr(0, nl);
  };
  if (timedOut) {
    t.why = "timed out after " + std::to_string(timeoutSec) + "s";
    return;
  }
  if (WIFSIGNALED(status)) {
    t.why = std::string("killed by signal ") + strsignal(WTERMSIG(status));
    return;
  }
  if (WEXITSTATUS(status) != 0) {
    t.why = "exit status " + std::to_string(WEXITSTATUS(status));
    if (!stderrText.empty()) t.why += ": " + firstLine(stderrText);
    return;
  }
  if (trimSpace(got) == trimSpace(t.want)) {
    t.pass = true;
    return;
  }
  std::vector<std::string> g = splitLines(trimSpace(got)), w = splitLines(trimSpace(t.want));
  size_t i = 0;
  while (i < g.size() && i < w.size() && g[i] == w[i]) i++;
  t.why = "output differs at line " + std::to_string(i + 1) + ": got " +
          (i < g.size() ? "\"" + g[i] + "\"" : "end of output") + ", want " +
          (i < w.size() ? "\"" + w[i] + "\"" : "end of output");
}

} // namespace

int cmdTest(const std::vector<std::string> &args, const char *self) {
  std::vector<std::string> targets = args.empty() ? std::vector<std::string>{"."} : args;
  std::vector<std::string> files;
  for (const std::string &a : targets) {
    struct stat st;
    if (stat(a.c_str(), &st) != 0) {
      std::fprintf(stderr, "goterp: stat %s: %s\n", a.c_str(), std::strerror(errno));
      return 2;
    }
    if (!S_ISDIR(st.st_mode)) {
      files.push_back(a);
      continue;
    }
    std::vector<std::string> found;
    if (DIR *d = opendir(a.c_str())) {
      while (dirent *e = readdir(d)) {
        std::string n = e->d_name;
        if (n.size() > 3 && n.compare(n.size() - 3, 3, ".go") == 0) found.push_back(a + "/" + n);
      }
      closedir(d);
    }
    if (found.empty()) {
      std::fprintf(stderr, "goterp: no Go files in %s\n", a.c_str());
      return 2;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }

  std::vector<Test> tests;
  for (const std::string &f : files) {
    std::string src, want;
    if (!readFile(f, src)) {
      std::fprintf(stderr, "goterp: open %s: %s\n", f.c_str(), std::strerror(errno));
      return 2;
    }
    if (outputBlock(src, want)) tests.push_back(Test{f, want, false, ""});
  }

  // /proc/self/exe rather than argv[0], which need not be a path.
  std::string exe = "/proc/self/exe";
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) exe.assign(buf, size_t(n));
  (void)self;

  int timeout = 60;
  if (const char *e = std::getenv("GOTERP_TEST_TIMEOUT")) timeout = std::max(1, std::atoi(e));
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::atomic<size_t> next{0};
  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; j++)
    workers.emplace_back([&] {
      for (size_t i; (i = next++) < tests.size();) runTest(tests[i], exe.c_str(), timeout);
    });
  for (auto &w : workers) w.join();

  size_t passed = 0, failed = 0;
  for (const Test &t : tests) {
    if (t.pass) {
      passed++;
    } else {
      failed++;
      std::printf("FAIL %s: %s\n", t.path.c_str(), t.why.c_str());
    }
  }
  std::printf("%zu passed, %zu failed\n", passed, failed);
  return failed ? 1 : 0;
}

} // namespace goterp
