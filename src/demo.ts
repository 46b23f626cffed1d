import { fileURLToPath } from 'node:url';

/**
 * Path of the demo firmware shipped with the package (firmware/prebuilt/mnist_demo.elf, an
 * int8 MNIST classifier the project trained): `Machine.fromElf(DEMO_ELF)` works from an npm
 * install as from a checkout.
 */
export const DEMO_ELF: string = fileURLToPath(new URL(
  import.meta.url.includes('/dist/src/') ? '../../firmware/prebuilt/mnist_demo.elf' : '../firmware/prebuilt/mnist_demo.elf',
  import.meta.url,
));
