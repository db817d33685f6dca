"""Offline interview question bank: validated YAML data, domain resolution and selection."""

from vidyamitra.ai.offline.questionbank.bank import DomainInfo, QuestionBank
from vidyamitra.ai.offline.questionbank.loader import QuestionBankError, load_question_bank

__all__ = ["DomainInfo", "QuestionBank", "QuestionBankError", "load_question_bank"]
