"""OpenFisca-France's amounts read to the cent.

An amount that is exactly a half cent in the law (1.5 x 651.69 = 977.535 EUR, the RSA of a
couple in 2026) comes out of a floating-point computation a little above or below it
(977.53497 in OpenFisca's 32-bit floats), and Python's round() then picks a side by chance.
The paying bodies round a half cent up (the CAF's table of April 2024 shows 953.57 for
1.5 x 635.71 = 953.565), as eligo does.

The cross-check runs OpenFisca in 64-bit floats (openfisca_runner.compute_in_64_bit_floats),
where an amount is exact to about 1e-12 EUR: one within 1,024 float steps of a half cent
(2e-10 EUR at 1,000 EUR) is that half cent, rounded up (away from zero); any other is rounded
to the nearest cent. In 32-bit floats the band is two float steps, which can also take a
value a few millionths of a euro from the half cent for it.
"""
import math

import numpy

TIE_STEPS = {numpy.float64: 1024, numpy.float32: 2}


def openfisca_cents(value, float_type=numpy.float64):
    """`value` (euros, as OpenFisca computed it in `float_type`) rounded to the cent, in euros."""
    magnitude = abs(value)
    step = float(numpy.spacing(float_type(magnitude)))
    cents = magnitude * 100
    below = math.floor(cents)
    if abs(cents - below - 0.5) <= TIE_STEPS[float_type] * step * 100:
        rounded = below + 1
    else:
        rounded = round(cents)
    return math.copysign(rounded, value) / 100 if rounded else 0.0
