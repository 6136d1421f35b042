"use client";

import { useCallback, useState, type ChangeEvent, type ComponentProps } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export type TWatchedInputProps = Omit<ComponentProps<"input">, "id" | "type"> & {
  /** react-hook-form's register(...) result; its props may also be spread onto the field directly. */
  registration?: UseFormRegisterReturn;
};

type TInputRef = TWatchedInputProps["ref"] | UseFormRegisterReturn["ref"];

function assignRef(ref: TInputRef, node: HTMLInputElement | null) {
  if (typeof ref === "function") ref(node);
  else if (ref) ref.current = node;
}

/**
 * The live value of an input that react-hook-form may own (register(), uncontrolled) or the caller may
 * control (value and onChange), for fields that react to what is typed. Returns the props for the input.
 */
export function useWatchedInput({ registration, ...props }: TWatchedInputProps) {
  const { ref, onChange, ...inputProps } = { ...props, ...registration };
  const [typed, setTyped] = useState("");
  const value = inputProps.value === undefined ? typed : String(inputProps.value);

  // Shares the node with register(), and reads the value it restores (defaultValues, a kept draft).
  const mergedRef = useCallback(
    (node: HTMLInputElement | null) => {
      assignRef(ref, node);
      if (node) setTyped(node.value);
    },
    [ref],
  );

  const onInputChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      setTyped(event.target.value);
      void onChange?.(event);
    },
    [onChange],
  );

  return { value, inputProps: { ...inputProps, ref: mergedRef, onChange: onInputChange } };
}
