namespace Kdo.Modeling.Models;

/// <summary>What a model's weights are stored in and what its matmuls run in.</summary>
public enum Precision
{
    /// <summary>Weights and compute in float32.</summary>
    Float32,

    /// <summary>Weights cast to bfloat16 and everything computed in it: for inference (half the memory, bf16 matmuls).</summary>
    BFloat16,

    /// <summary>
    /// Weights (and so gradients and optimizer state) stay float32; every Linear's matmul runs in bfloat16, and so do
    /// the attention and GELU that take its output; residual adds and LayerNorm run in float32. For training:
    /// TorchSharp has no autocast, so this is the explicit form of it. Never float16 on a CPU.
    /// </summary>
    MixedBFloat16,
}
