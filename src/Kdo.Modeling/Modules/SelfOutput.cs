using Kdo.Modeling.Config;

namespace Kdo.Modeling.Modules;

/// <summary>
/// HF's XLMRobertaSelfOutput / ElectraSelfOutput: the same computation as <see cref="Output"/> over the attention
/// context (dense H -> H); a class of its own so that the module tree reads as HF's.
/// </summary>
internal sealed class SelfOutput(string name, ModelConfig config) : Output(name, config.HiddenSize, config);
