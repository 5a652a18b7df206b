;; Finds ASCII control bytes other than LF (so tab and CR too) and DEL in a chunk of text, sixteen
;; bytes at a time: the characters the line reader does not read (src/yaml/line-reader.ts), which a
;; regular expression looked for at about 1 GB/s (5 MB of manifests: 5.2 ms; this: about 1 ms with
;; the copies into its memory). scripts/gen-wasm.ts assembles it into src/core/control-bytes-module.ts;
;; src/core/control-bytes.ts copies each chunk to offset 0 and calls scan.
;;
;; scan(length): the offset of the first such byte in [0, length), or -1.
(module
  (memory (export "memory") 1)
  (func (export "scan") (param $length i32) (result i32)
    (local $i i32)
    (local $whole i32)
    (local $v v128)
    (local $b i32)
    ;; Whole blocks of sixteen: on to the first block that holds one, which the byte loop then finds.
    (local.set $whole (i32.and (local.get $length) (i32.const -16)))
    (block $found
      (loop $blocks
        (br_if $found (i32.ge_u (local.get $i) (local.get $whole)))
        (local.set $v (v128.load (local.get $i)))
        (br_if $found
          (v128.any_true
            (v128.or
              (v128.andnot
                (i8x16.lt_u (local.get $v) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                (i8x16.eq (local.get $v) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))
              (i8x16.eq (local.get $v) (v128.const i8x16 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $blocks)))
    (block $none
      (loop $bytes
        (br_if $none (i32.ge_u (local.get $i) (local.get $length)))
        (local.set $b (i32.load8_u (local.get $i)))
        (if (i32.or
              (i32.and (i32.lt_u (local.get $b) (i32.const 32)) (i32.ne (local.get $b) (i32.const 10)))
              (i32.eq (local.get $b) (i32.const 127)))
          (then (return (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $bytes)))
    (i32.const -1)))
