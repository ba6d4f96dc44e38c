#include "core/diag/system_error.hpp"

#include <cerrno>
#include <string>

namespace qobj {

MessageArg system_error_arg(int error_number) {
  switch (error_number) {
    case ENOENT:
      return MessageId::phrase_errno_not_found;
    case EACCES:
    case EPERM:
      return MessageId::phrase_errno_permission;
    case ENOSPC:
    case EDQUOT:
      return MessageId::phrase_errno_no_space;
    case EFBIG:
      return MessageId::phrase_errno_too_big;
    case EROFS:
      return MessageId::phrase_errno_read_only;
    case EISDIR:
      return MessageId::phrase_errno_is_directory;
    case ENOTDIR:
      return MessageId::phrase_errno_not_directory;
    case EPIPE:
      return MessageId::phrase_errno_pipe;
    case EIO:
      return MessageId::phrase_errno_io;
    case ENAMETOOLONG:
      return MessageId::phrase_errno_name_too_long;
    case ELOOP:
      return MessageId::phrase_errno_loop;
    case EMFILE:
    case ENFILE:
      return MessageId::phrase_errno_too_many_files;
    case ENOMEM:
      return MessageId::phrase_errno_no_memory;
    case EBUSY:
    case ETXTBSY:
      return MessageId::phrase_errno_busy;
    case EXDEV:
      return MessageId::phrase_errno_cross_device;
    default: {
      const std::string number = std::to_string(error_number);
      return MessageArg::bilingual("system error " + number, "lỗi hệ thống số " + number);
    }
  }
}

}  // namespace qobj
