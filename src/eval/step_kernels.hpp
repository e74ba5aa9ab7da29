// Which compilation of the steps' loops an evaluation runs (batch.cpp, run_step): the one for
// every x86-64 processor, or the one for processors with AVX2, chosen once from the
// processor the program runs on. Both give the same results; the second is faster
// (benchmarks/profile.md).
#pragma once

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ELIGO_STEP_KERNELS_AVX2 1
#else
#define ELIGO_STEP_KERNELS_AVX2 0
#endif

namespace eligo::detail {

enum class StepKernels { baseline, avx2 };

// The compilation in use: AVX2 when this program has it and the processor supports it.
StepKernels step_kernels_in_use() noexcept;

// Runs `kernels` from now on, where the program and the processor have them (else the
// baseline), and returns the compilation used before: for the tests that compare the two.
// Not to be called while an evaluation runs.
StepKernels use_step_kernels(StepKernels kernels) noexcept;

// Whether this program and this processor can run `kernels`.
bool step_kernels_available(StepKernels kernels) noexcept;

}  // namespace eligo::detail
