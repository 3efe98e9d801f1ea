using Kdo.Modeling.Config;
using Kdo.Modeling.Modules;

namespace Kdo.Modeling.Models;

/// <summary>
/// HF's ElectraForTokenClassification: the ELECTRA discriminator encoder (keys electra.*), dropout and a Linear classifier
/// (classifier.weight [labels, H], classifier.bias [labels]) on every token's last hidden state.
/// </summary>
public sealed class ElectraForTokenClassification : TokenClassifier
{
    /// <summary>HF's class name.</summary>
    public const string ClassName = "ElectraForTokenClassification";

    private readonly ElectraModel electra;

    internal ElectraForTokenClassification(ModelConfig config) : base(ClassName, config)
    {
        electra = new ElectraModel(nameof(electra), config);
        RegisterComponents();
    }

    /// <inheritdoc/>
    public override string ArchitectureName => ClassName;

    /// <inheritdoc/>
    public override string BaseModelPrefix => nameof(electra);

    internal override EncoderModel BaseModel => electra;
}
