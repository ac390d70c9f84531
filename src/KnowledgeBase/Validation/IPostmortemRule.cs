using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>A check of one postmortem on its own, against the settings of kb.yml.</summary>
public interface IPostmortemRule
{
    void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics);
}
