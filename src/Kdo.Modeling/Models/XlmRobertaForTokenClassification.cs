using Kdo.Modeling.Config;
using Kdo.Modeling.Modules;

namespace Kdo.Modeling.Models;

/// <summary>
/// HF's XLMRobertaForTokenClassification: the XLM-R encoder (keys roberta.*), dropout and a Linear classifier
/// (classifier.weight [labels, H], classifier.bias [labels]) on every token's last hidden state.
/// </summary>
public sealed class XlmRobertaForTokenClassification : TokenClassifier
{
    /// <summary>HF's class name.</summary>
    public const string ClassName = "XLMRobertaForTokenClassification";

    private readonly XlmRobertaModel roberta;

    internal XlmRobertaForTokenClassification(ModelConfig config) : base(ClassName, config)
    {
        roberta = new XlmRobertaModel(nameof(roberta), config);
        RegisterComponents();
    }

    /// <inheritdoc/>
    public override string ArchitectureName => ClassName;

    /// <inheritdoc/>
    public override string BaseModelPrefix => nameof(roberta);

    internal override EncoderModel BaseModel => roberta;
}
