// The few C maths functions the module needs, behind one import, so other files stay free of
// platform conditionals.
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

@inline(__always) func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) func libmCbrt(_ x: Double) -> Double { cbrt(x) }
@inline(__always) func libmAtan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
@inline(__always) func libmSin(_ x: Double) -> Double { sin(x) }
@inline(__always) func libmCos(_ x: Double) -> Double { cos(x) }
@inline(__always) func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func libmHypot(_ x: Double, _ y: Double) -> Double { hypot(x, y) }
