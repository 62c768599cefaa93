// Natives of package os: process arguments and environment, exit, and
// reads and writes on file descriptors.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/panic.h"
#include "stdlib/native.h"

namespace goterp {

namespace {

void runtimeArgs(Frame &f) {
  int64_t n = int64_t(programArgs.size());
  auto *p = static_cast<GoString *>(gc::alloc(sizeof(GoString) * size_t(n ? n : 1), true));
  for (int64_t i = 0; i < n; i++) p[i] = makeString(programArgs[size_t(i)]);
  f.result<GoSlice>(0) = GoSlice{reinterpret_cast<uint8_t *>(p), n, n};
}

void exit_(Frame &f) { goExit(int(f.arg<int64_t>(0))); }

void getenv_(Frame &f) {
  const char *v = std::getenv(f.arg<GoString>(0).str().c_str());
  f.result<GoString>(0) = v ? makeString(v) : GoString{};
}

void getpid_(Frame &f) { f.result<int64_t>(0) = ::getpid(); }

void lookupEnv(Frame &f) {
  const char *v = std::getenv(f.arg<GoString>(0).str().c_str());
  f.result<GoString>(0) = v ? makeString(v) : GoString{};
  f.result<bool>(1) = v != nullptr;
}

void writeBytes(Frame &f, int fd, const uint8_t *p, int64_t n) {
  if (fd == 1) {
    writeStdout(p, size_t(n));
  } else if (fd == 2) {
    writeStderr(p, size_t(n));
  } else {
    int64_t done = 0;
    while (done < n) {
      ssize_t w = ::write(fd, p + done, size_t(n - done));
      if (w < 0) {
        f.result<int64_t>(0) = done;
        f.result<int64_t>(1) = errno;
        return;
      }
      done += w;
    }
  }
  f.result<int64_t>(0) = n;
  f.result<int64_t>(1) = 0;
}

void write_(Frame &f) {
  GoSlice b = f.arg<GoSlice>(1);
  writeBytes(f, int(f.arg<int64_t>(0)), b.p, b.len);
}

void writeString_(Frame &f) {
  GoString s = f.arg<GoString>(1);
  writeBytes(f, int(f.arg<int64_t>(0)), s.p, s.n);
}

void read_(Frame &f) {
  int fd = int(f.arg<int64_t>(0));
  GoSlice b = f.arg<GoSlice>(1);
  if (fd == 0) flushStdout(); // a prompt before reading must be visible
  ssize_t n = ::read(fd, b.p, size_t(b.len));
  f.result<int64_t>(0) = n < 0 ? 0 : n;
  f.result<int64_t>(1) = n < 0 ? errno : 0;
}

void errnoText(Frame &f) {
  // Go's texts are strerror's, in lower case.
  std::string s = std::strerror(int(f.arg<int64_t>(0)));
  if (!s.empty()) s[0] = char(std::tolower(static_cast<unsigned char>(s[0])));
  f.result<GoString>(0) = makeString(s);
}

void ioEOF(Frame &f) {
  Package *io = loadPackage("io");
  auto *v = io->scope->lookup(intern("EOF"))->as<Var>();
  f.result<GoIface>(0) = loadAs<GoIface>(v->addr);
}

void readFile_(Frame &f) {
  std::string name = f.arg<GoString>(0).str();
  int fd = ::open(name.c_str(), O_RDONLY);
  if (fd < 0) {
    f.result<GoSlice>(0) = GoSlice{};
    f.result<int64_t>(1) = errno;
    return;
  }
  std::string data;
  char buf[65536];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) data.append(buf, size_t(n));
  if (n < 0) { // EISDIR, EIO: Go reports "read NAME: ..."
    int err = errno;
    ::close(fd);
    f.result<GoSlice>(0) = GoSlice{};
    f.result<int64_t>(1) = err;
    f.result<bool>(2) = true;
    return;
  }
  ::close(fd);
  auto *p = static_cast<uint8_t *>(gc::alloc(data.size() ? data.size() : 1, false));
  std::memcpy(p, data.data(), data.size());
  f.result<GoSlice>(0) = GoSlice{p, int64_t(data.size()), int64_t(data.size())};
  f.result<int64_t>(1) = 0;
  f.result<bool>(2) = false;
}

void open_(Frame &f) {
  std::string name = f.arg<GoString>(0).str();
  // Go opens every file close-on-exec.
  int fd = ::open(name.c_str(), int(f.arg<int64_t>(1)) | O_CLOEXEC, mode_t(f.arg<uint32_t>(2) & 0777));
  f.result<int64_t>(0) = fd;
  f.result<int64_t>(1) = fd < 0 ? errno : 0;
}

void closeFd(Frame &f) {
  int fd = int(f.arg<int64_t>(0));
  if (fd == 1) flushStdout();
  f.result<int64_t>(0) = ::close(fd) < 0 ? errno : 0;
}

// As os.Remove: unlink, else rmdir; rmdir's error unless it is ENOTDIR.
void remove_(Frame &f) {
  std::string name = f.arg<GoString>(0).str();
  if (::unlink(name.c_str()) == 0) {
    f.result<int64_t>(0) = 0;
    return;
  }
  int e = errno;
  if (::rmdir(name.c_str()) == 0) {
    f.result<int64_t>(0) = 0;
    return;
  }
  f.result<int64_t>(0) = errno != ENOTDIR ? errno : e;
}

void writeFile_(Frame &f) {
  std::string name = f.arg<GoString>(0).str();
  GoSlice data = f.arg<GoSlice>(1);
  int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_TRUNC, mode_t(f.arg<uint32_t>(2)));
  if (fd < 0) {
    f.result<int64_t>(0) = errno;
    return;
  }
  int64_t done = 0;
  while (done < data.len) {
    ssize_t w = ::write(fd, data.p + done, size_t(data.len - done));
    if (w < 0) break;
    done += w;
  }
  ::close(fd);
  f.result<int64_t>(0) = done == data.len ? 0 : errno;
}

Natives reg{
    {"os.runtimeArgs", runtimeArgs},
    {"os.Exit", exit_},
    {"os.Getenv", getenv_},
    {"os.LookupEnv", lookupEnv},
    {"os.Getpid", getpid_},
    {"os.write", write_},
    {"os.writeString", writeString_},
    {"os.read", read_},
    {"os.errnoText", errnoText},
    {"os.ioEOF", ioEOF},
    {"os.readFile", readFile_},
    {"os.writeFile", writeFile_},
    {"os.open", open_},
    {"os.closeFd", closeFd},
    {"os.remove", remove_},
};

} // namespace

} // namespace goterp
