// Natives of package runtime (the program's view of the runtime).
#include <thread>

#include "stdlib/native.h"

#define GC_THREADS
#include <gc/gc.h>

namespace goterp {

namespace {

void gosched(Frame &) {}
void gomaxprocs(Frame &f) { f.result<int64_t>(0) = 1; }
void numCPU(Frame &f) { f.result<int64_t>(0) = int64_t(std::thread::hardware_concurrency()); }
void numGoroutine(Frame &f) { f.result<int64_t>(0) = 1; }
void gc_(Frame &) { GC_gcollect(); }

Natives reg{
    {"runtime.Gosched", gosched}, {"runtime.GOMAXPROCS", gomaxprocs},
    {"runtime.NumCPU", numCPU},   {"runtime.NumGoroutine", numGoroutine},
    {"runtime.GC", gc_},
};

} // namespace

} // namespace goterp
