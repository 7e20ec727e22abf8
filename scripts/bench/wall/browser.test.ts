import test from 'ava';
import { assertSoftwareGl, BrokenRunError } from './browser.ts';

test('software WebGL renderers pass, anything else breaks the run', (t) => {
  t.notThrows(() => assertSoftwareGl('(a)', 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)'));
  t.notThrows(() => assertSoftwareGl('(a)', 'llvmpipe (LLVM 15.0.6, 256 bits)'));
  const err = t.throws(() => assertSoftwareGl('(c) wall', 'no WebGL context (canvas)'), { instanceOf: BrokenRunError });
  t.regex(err?.message ?? '', /\(c\) wall: WebGL renderer is "no WebGL context \(canvas\)"/);
  t.throws(() => assertSoftwareGl('(b)', 'ANGLE (NVIDIA GeForce RTX 3080)'), { instanceOf: BrokenRunError });
});
