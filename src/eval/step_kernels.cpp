#include "eval/step_kernels.hpp"

#include <atomic>

namespace eligo::detail {

namespace {

bool processor_has_avx2() noexcept {
#if ELIGO_STEP_KERNELS_AVX2
  __builtin_cpu_init();  // may run before the constructors that would have initialised it
  return __builtin_cpu_supports("avx2") != 0;
#else
  return false;
#endif
}

std::atomic<StepKernels>& kernels_in_use() noexcept {
  static std::atomic<StepKernels> in_use{processor_has_avx2() ? StepKernels::avx2 : StepKernels::baseline};
  return in_use;
}

}  // namespace

bool step_kernels_available(StepKernels kernels) noexcept {
  return kernels == StepKernels::baseline || processor_has_avx2();
}

StepKernels step_kernels_in_use() noexcept { return kernels_in_use().load(std::memory_order_relaxed); }

StepKernels use_step_kernels(StepKernels kernels) noexcept {
  return kernels_in_use().exchange(step_kernels_available(kernels) ? kernels : StepKernels::baseline);
}

}  // namespace eligo::detail
